// Rule id → checker. Every rules/<id>.yaml has exactly one entry here (a test holds that).
import type { Check } from './types.js';
import { check as acuteChronic } from './acute-chronic.js';
import { check as cadence } from './cadence.js';
import { check as monotony } from './monotony.js';
import { check as paceVariety } from './pace-variety.js';
import { check as pain24h } from './pain-24h.js';
import { check as painAfter } from './pain-after.js';
import { check as painBuilds } from './pain-builds.js';
import { check as painDuring } from './pain-during.js';
import { check as painPersistent } from './pain-persistent.js';
import { check as painTiming } from './pain-timing.js';
import { check as pattern } from './pattern.js';
import { check as painTrend } from './pain-trend.js';
import { check as redFlag } from './red-flag.js';
import { check as restDays } from './rest-days.js';
import { check as returnAfterBreak } from './return-after-break.js';
import { check as seeClinician } from './see-clinician.js';
import { check as sessionSpike } from './session-spike.js';
import { check as shoeMileage } from './shoe-mileage.js';
import { check as strengthFrequency } from './strength-frequency.js';
import { check as surfaceVariety } from './surface-variety.js';
import { check as weeklyHours } from './weekly-hours.js';
import { check as weeklyRamp } from './weekly-ramp.js';

export const CHECKS: Record<string, Check<never>> = {
  'acute-chronic': acuteChronic,
  cadence,
  monotony,
  'pace-variety': paceVariety,
  'pain-24h': pain24h,
  'pain-after': painAfter,
  'pain-builds': painBuilds,
  'pain-during': painDuring,
  'pain-persistent': painPersistent,
  'pain-timing': painTiming,
  pattern,
  'pain-trend': painTrend,
  'red-flag': redFlag,
  'rest-days': restDays,
  'return-after-break': returnAfterBreak,
  'see-clinician': seeClinician,
  'session-spike': sessionSpike,
  'shoe-mileage': shoeMileage,
  'strength-frequency': strengthFrequency,
  'surface-variety': surfaceVariety,
  'weekly-hours': weeklyHours,
  'weekly-ramp': weeklyRamp,
};
