// Who to see and how soon, from the findings that decide the status: the most urgent wins.
import type { Advice, Finding, Referral, ReferralWhen, ReferralWho } from '../model/report.js';

const WHEN_RANK: Record<ReferralWhen, number> = { today: 4, 'within days': 3, soon: 2, 'if it persists': 1 };
const WHO_RANK: Record<ReferralWho, number> = { doctor: 3, 'sports physiotherapist': 2, physiotherapist: 1 };

/** Why a finding sends the runner to someone, in a few words. */
const WHY_BY_RULE: Record<string, string> = {
  'pain-builds': 'pain that builds during runs can be a bone stress injury',
  'pain-persistent': 'pain at rest that is not clearing or improving',
  'pain-during': 'pain above the edge during runs',
  'pain-trend': 'pain rising week to week',
};

function why(finding: Finding): string {
  const flag = finding.evidence.flag;
  if (typeof flag === 'string') return `${flag} (${finding.date ?? finding.to})`;
  return WHY_BY_RULE[finding.rule] ?? finding.rule;
}

/** What to do, and how soon: the head of the who-to-see sentence every format shows. */
function actionOf(referral: Referral): string {
  switch (`${referral.who}/${referral.when}`) {
    case 'doctor/today': return 'See a doctor today (same day, or urgent care) before running again';
    case 'doctor/within days': return 'See a doctor within a few days, and do not run until you have';
    case 'sports physiotherapist/soon': return 'See a sports physiotherapist or a doctor soon (within a week or so)';
    case 'physiotherapist/soon': return 'Book a physiotherapist soon (within a week or two)';
    default: return `See a ${referral.who} if the pain persists beyond 7–10 days or keeps coming back`;
  }
}

export function referralOf(deciding: Finding[]): Advice['see'] {
  const referred = deciding.filter((finding) => finding.refer);
  if (referred.length === 0) return null;
  const rank = (finding: Finding) => WHEN_RANK[finding.refer!.when] * 10 + WHO_RANK[finding.refer!.who];
  const top = referred.reduce((best, finding) => (rank(finding) > rank(best) ? finding : best));
  const referral = top.refer!;
  // Every finding that asks for the same person as soon, named once each.
  const reasons = [...new Set(referred.filter((finding) => rank(finding) === rank(top)).map(why))];
  const reasonText = reasons.length > 3 ? `${reasons.slice(0, 3).join('; ')}; and ${reasons.length - 3} more` : reasons.join('; ');
  const action = actionOf(referral);
  return { ...referral, why: reasonText, action, text: referral.when === 'if it persists' ? `${action}.` : `${action}: ${reasonText}.` };
}

export function seeProfessionalOf(see: Advice['see']): Advice['seeProfessional'] {
  return see === null ? 'none' : see.who === 'doctor' ? 'doctor' : 'physio';
}
