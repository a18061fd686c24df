// Vitest setup file: every temporary folder a test file made is removed when it finishes.
import { afterAll } from 'vitest';
import { removeTempDirs } from './tempDir.js';

afterAll(removeTempDirs);
