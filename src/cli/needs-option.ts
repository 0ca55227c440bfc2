/**
 * `npm run inspect -- page.html --needs profile.json [--profile NAME]`: the saved page's
 * product, or the listing cards the shop pushes, matched against a needs file (the format
 * the options page exports), one line per requirement with the value found and where.
 */
import { readFileSync } from 'node:fs';
import type { NeedsProfile } from '../core/needs.ts';
import type { PageAnalysis } from '../contract/analysis.ts';
import { readNeedsFile } from '../core/needs-file.ts';
import { chooseProfileFor, type ProfileChoice } from '../core/choose-profile.ts';
import { offerOfItem, offerOfProduct } from '../core/facts.ts';
import { judgeOffer, isPromoted, type Verdict } from '../core/verdict.ts';
import { CATEGORY_IDS } from '../core/vocabulary/index.ts';
import { PageLoadError } from './load-page.ts';

export interface NeedsOption {
  profiles: NeedsProfile[];
  /** --profile NAME: a profile's name (case-insensitive) or id; else chosen by category. */
  profile?: string;
}

export class NeedsOptionError extends PageLoadError {}

/** Takes `--needs FILE` or `--profile NAME` at argv[i]; returns the index of its value. */
export function takeNeedsArg(argv: string[], i: number, into: { needs?: NeedsOption }): number {
  const arg = argv[i] as string;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new NeedsOptionError(`${arg} needs a value`);
  const profiles = arg === '--needs' ? loadNeeds(value) : (into.needs?.profiles ?? []);
  into.needs = { ...into.needs, profiles, ...(arg === '--profile' ? { profile: value } : {}) };
  return i + 1;
}

/** Reads a needs file, or says what is wrong with it, path by path. */
export function loadNeeds(path: string): NeedsProfile[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NeedsOptionError(`--needs: cannot read ${path}: ${(error as Error).message}`);
  }
  const read = readNeedsFile(text);
  if (!read.ok) {
    const lines = read.problems.map((p) => `  ${p.path || '(file)'}: ${p.reason}`);
    throw new NeedsOptionError(`--needs: ${path} is not a valid needs file:\n${lines.join('\n')}`);
  }
  if (read.file.profiles.length === 0) throw new NeedsOptionError(`--needs: ${path} holds no profiles`);
  return read.file.profiles;
}

export function pickProfile(option: NeedsOption, analysis: PageAnalysis): ProfileChoice {
  let wanted: string | undefined;
  if (option.profile) {
    const name = option.profile.trim().toLowerCase();
    const found = option.profiles.find((p) => p.name.trim().toLowerCase() === name || p.id === option.profile);
    if (!found) throw new NeedsOptionError(`--profile: no profile named "${option.profile}"; the file has ${option.profiles.map((p) => `"${p.name}"`).join(', ')}`);
    wanted = found.id;
  }
  return chooseProfileFor(option.profiles, analysis, wanted);
}

const WHY_WORDS: Record<ProfileChoice['why'], string> = {
  picked: 'as asked with --profile',
  remembered: 'the last one picked for that kind',
  category: 'the profile for that kind',
  anything: 'no profile is for that kind; the "anything" profile',
  'no-profiles': 'the file has no profiles',
  'none-for-category': 'none of the profiles is for that kind, so nothing is judged',
  'kind-unknown': 'the page does not tell what kind of product it is, so nothing is judged',
};

const MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;
const FIT_WORDS = { fits: 'fits', partly: 'partly fits', misfit: 'does not fit', unknown: "can't tell" } as const;

function verdictLines(verdict: Verdict, profile: NeedsProfile): string[] {
  const lines = [`    fit: ${FIT_WORDS[verdict.fit]} (score ${verdict.score.toFixed(2)}; must-haves missed ${verdict.mustUnmet}/${verdict.mustTotal}, unverified ${verdict.mustUnknown})`];
  for (const row of verdict.rows) {
    const need = row.id === 'budget' && profile.budget ? `Price at most ${profile.budget.max} ${profile.budget.currency}` : (row.need?.en ?? row.attribute);
    const where = row.where ? ` under "${row.where}"` : row.where === '' && row.id !== 'budget' ? ' in the title' : '';
    const found = row.found === null ? 'not stated' : `${row.found}${where}${row.evidence ? ` [${row.evidence}]` : ''}`;
    lines.push(`    ${MARK[row.status]} ${row.importance === 'must' ? 'must' : `nice×${row.weight ?? 1}`}  ${need.padEnd(40)}  ${found}`);
  }
  return lines;
}

/** The needs block printed under a page's analysis. */
export function formatNeeds(analysis: PageAnalysis, option: NeedsOption): string {
  const choice = pickProfile(option, analysis);
  const looks = choice.category ?? (choice.otherKind ? 'an accessory' : 'nothing certain');
  const profile = choice.profile;
  if (!profile) return `  needs:        no profile: the product looks like ${looks}; ${WHY_WORDS[choice.why]}`;
  const category = CATEGORY_IDS.includes(profile.category as never) ? profile.category : `${profile.category}?`;
  const out = [`  needs:        "${profile.name}" (${category}): the product looks like ${looks}; ${WHY_WORDS[choice.why]}`];
  if (analysis.product) {
    out.push(...verdictLines(judgeOffer(offerOfProduct(analysis.product), profile, isPromoted(analysis.product)), profile));
  }
  for (const h of analysis.highlighted.slice(0, 10)) {
    const item = h.index >= 0 ? analysis.items[h.index] : undefined;
    if (!item) continue;
    out.push(`  pushed item ${h.index + 1}: ${item.title.slice(0, 80)}`);
    out.push(...verdictLines(judgeOffer(offerOfItem(item), profile, true), profile));
  }
  if (out.length === 1) out.push('    nothing to match: the page shows no product and pushes no item');
  return out.join('\n');
}

/** For --json: the verdicts as data. */
export function needsJson(analysis: PageAnalysis, option: NeedsOption): { profile: string | null; why: ProfileChoice['why']; product: Verdict | null; pushed: { index: number; verdict: Verdict }[] } {
  const { profile, why } = pickProfile(option, analysis);
  if (!profile) return { profile: null, why, product: null, pushed: [] };
  const pushed = analysis.highlighted.flatMap((h) => {
    const item = h.index >= 0 ? analysis.items[h.index] : undefined;
    return item ? [{ index: h.index, verdict: judgeOffer(offerOfItem(item), profile, true) }] : [];
  });
  const product = analysis.product ? judgeOffer(offerOfProduct(analysis.product), profile, isPromoted(analysis.product)) : null;
  return { profile: profile.name, why, product, pushed };
}
