// File-system failures in words a runner understands, instead of codes such as ENOENT.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'input/output error (a disk or device failure)',
  EROFS: 'the file system is read-only',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EFBIG: 'the file is too large',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EXDEV: 'the paths are on different file systems',
  EEXIST: 'already exists',
};

/** The reason for a failed file operation, e.g. "the disk is full"; unknown codes keep the system's message. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  const message = (error as Error | undefined)?.message ?? String(error);
  // Node's messages start with the code ("EFOO: what, syscall 'path'"); keep the words only.
  return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

export function fsCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
