/**
 * The needs file: the shopper's profiles as a documented, versioned JSON file she can keep,
 * move to another browser and import back (README "Needs file"). Reading one checks every
 * field and names what is wrong by its path; nothing is written until the shopper has seen
 * what an import would add and replace.
 *
 *   { "format": "needfit-needs", "version": 1, "exportedAt": "2025-01-31T12:00:00.000Z",
 *     "profiles": [ { "id", "name", "category", "requirements": [...], "budget", "createdAt", "updatedAt" } ] }
 */
import * as v from 'valibot';
import { LIMITS, type NeedsProfile } from './needs.ts';
import { nameOf, problemInEnglish, readProfile, type NeedProblem } from './needs-check.ts';

export const NEEDS_FORMAT = 'needfit-needs';
export const NEEDS_VERSION = 1;
/** Far above 50 full profiles; a bigger file is not one of ours. */
export const MAX_FILE_CHARS = 1_000_000;

export interface NeedsFile {
  format: typeof NEEDS_FORMAT;
  version: typeof NEEDS_VERSION;
  exportedAt: string;
  profiles: NeedsProfile[];
}

export type NeedsFileProblemCode = 'too-large' | 'not-json' | 'wrong-format' | 'newer-version' | 'invalid' | 'duplicate-id' | 'too-many';

export interface NeedsFileProblem {
  code: NeedsFileProblemCode;
  /** Where in the file: "profiles.0.requirements.2.unit", or "" for the whole file. */
  path: string;
  /** The reason in English, for the command line; the UI words the problem in the shopper's language. */
  reason: string;
  /** For a problem inside a profile: which one (from 0), its name when it has one, and what is wrong. */
  profile?: { index: number; name: string | null; problem: NeedProblem };
}

export type NeedsFileReading = { ok: true; file: NeedsFile } | { ok: false; problems: NeedsFileProblem[] };

const MAX_PROBLEMS = 20;

const FileSchema = v.object({
  format: v.literal(NEEDS_FORMAT),
  version: v.literal(NEEDS_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  // Each profile is read on its own below, so a problem can name the profile it is in.
  profiles: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.profiles, `A needs file holds at most ${LIMITS.profiles} profiles.`)),
});

export function needsFile(profiles: NeedsProfile[], now: number): NeedsFile {
  return { format: NEEDS_FORMAT, version: NEEDS_VERSION, exportedAt: new Date(now).toISOString(), profiles };
}

export function serialiseNeedsFile(file: NeedsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const problem = (code: NeedsFileProblemCode, path: string, reason: string): NeedsFileReading => ({ ok: false, problems: [{ code, path, reason }] });

/** Checks a parsed value as a needs file. */
export function readNeedsValue(data: unknown): NeedsFileReading {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem('wrong-format', '', 'The file is not a Needfit needs file.');
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== NEEDS_FORMAT) return problem('wrong-format', 'format', `Expected "${NEEDS_FORMAT}", found ${JSON.stringify(head.format ?? null).slice(0, 40)}.`);
  if (typeof head.version === 'number' && head.version > NEEDS_VERSION) {
    return problem('newer-version', 'version', `Version ${head.version} was written by a newer Needfit; this one reads version ${NEEDS_VERSION}.`);
  }
  const parsed = v.safeParse(FileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const tooMany = issue.type === 'max_length' && v.getDotPath(issue) === 'profiles';
    return problem(tooMany ? 'too-many' : 'invalid', v.getDotPath(issue) ?? '', issue.message);
  }
  const problems: NeedsFileProblem[] = [];
  const profiles: NeedsProfile[] = [];
  for (const [index, raw] of parsed.output.profiles.entries()) {
    const read = readProfile(raw);
    if (read.ok) profiles.push(read.profile);
    else {
      const name = nameOf(raw);
      for (const p of read.problems) problems.push({ code: 'invalid', path: pathOf(index, p), reason: problemInEnglish(p), profile: { index, name, problem: p } });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const seen = new Set<string>();
  for (const [i, p] of profiles.entries()) {
    if (seen.has(p.id)) return problem('duplicate-id', `profiles.${i}.id`, `Two profiles share the id "${p.id}".`);
    seen.add(p.id);
  }
  return { ok: true, file: { ...parsed.output, profiles } as NeedsFile };
}

/** Where a profile's problem is, as a path for the command line ("profiles.0.requirements.2.op"). */
function pathOf(index: number, p: NeedProblem): string {
  const parts = ['profiles', String(index)];
  if (p.requirement !== null) parts.push('requirements', String(p.requirement));
  if (p.field !== 'profile' && p.field !== 'requirement') parts.push(p.field === 'currency' ? 'budget.currency' : p.field);
  return parts.join('.');
}

/** Reads a needs file's text: size, JSON, format, version, then every field. */
export function readNeedsFile(text: string): NeedsFileReading {
  if (text.length > MAX_FILE_CHARS) return problem('too-large', '', `The file is larger than ${MAX_FILE_CHARS} characters.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return problem('not-json', '', `The file is not JSON: ${(error as Error).message.slice(0, 120)}`);
  }
  return readNeedsValue(data);
}

export interface ImportPlan {
  /** New profiles, as they will be stored. */
  add: NeedsProfile[];
  /** Profiles the import overwrites: same id, or else the same name; the stored id is kept. */
  replace: { before: NeedsProfile; after: NeedsProfile; changed: string[] }[];
  /** Profiles in the file that are already stored exactly so. */
  same: NeedsProfile[];
  /** How many profiles there will be afterwards. */
  total: number;
  /** Set when the import would go over the profile limit; nothing may be written then. */
  tooMany: boolean;
}

const nameKey = (name: string) => name.trim().toLowerCase();
const FIELDS = ['name', 'category', 'requirements', 'budget'] as const;

/** What importing `incoming` into `existing` would do, before anything is written. */
export function planImport(existing: NeedsProfile[], incoming: NeedsProfile[]): ImportPlan {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const byName = new Map(existing.map((p) => [nameKey(p.name), p]));
  const plan: ImportPlan = { add: [], replace: [], same: [], total: existing.length, tooMany: false };
  const taken = new Set<string>();
  for (const profile of incoming) {
    const match = byId.get(profile.id) ?? byName.get(nameKey(profile.name));
    if (!match || taken.has(match.id)) {
      plan.add.push(profile);
      continue;
    }
    taken.add(match.id);
    const after = { ...profile, id: match.id, createdAt: match.createdAt };
    const changed = FIELDS.filter((f) => JSON.stringify(match[f]) !== JSON.stringify(after[f]));
    if (changed.length === 0) plan.same.push(match);
    else plan.replace.push({ before: match, after, changed: [...changed] });
  }
  plan.total = existing.length + plan.add.length;
  plan.tooMany = plan.total > LIMITS.profiles;
  return plan;
}

/** The profiles to write for a plan, in one go. */
export function profilesToWrite(plan: ImportPlan): NeedsProfile[] {
  return [...plan.add, ...plan.replace.map((r) => r.after)];
}
