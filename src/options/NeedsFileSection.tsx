/**
 * Export the needs profiles as a needs file, and import one: the file is read and checked
 * here, the shopper sees what it would add and replace, and only her confirmation sends the
 * profiles to the worker, which writes them in one transaction.
 */
import { useState } from 'preact/hooks';
import type { NeedsProfile } from '../core/needs.ts';
import { MAX_FILE_CHARS, needsFile, planImport, profilesToWrite, readNeedsFile, type ImportPlan, type NeedsFileProblem } from '../core/needs-file.ts';
import { send } from '../ui/messaging.ts';
import { t } from '../ui/i18n.ts';
import { downloadJson } from './files.ts';
import { problemLine } from '../ui/needs-problems.ts';

/** A problem with the file as a whole, in the shopper's words (the English reason is for the command line). */
const fileProblem = (p: NeedsFileProblem): string => t(`importProblem_${p.code.replace(/-/g, '_')}`);

interface Props {
  profiles: NeedsProfile[];
  onChanged: () => Promise<void>;
}

type State =
  | { phase: 'idle' }
  | { phase: 'problems'; problems: NeedsFileProblem[] }
  | { phase: 'preview'; plan: ImportPlan };

export function NeedsFileSection({ profiles, onChanged }: Props) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const exportNeeds = () => {
    const now = Date.now();
    downloadJson(needsFile(profiles, now), `needfit-needs-${new Date(now).toISOString().slice(0, 10)}.json`);
    setStatus({ kind: 'ok', text: t('needsExported', String(profiles.length)) });
  };

  const pick = async (file: File) => {
    setStatus(null);
    if (file.size > MAX_FILE_CHARS * 4) {
      setState({ phase: 'problems', problems: [{ code: 'too-large', path: '', reason: `${file.size} bytes` }] });
      return;
    }
    const read = readNeedsFile(await file.text());
    if (!read.ok) setState({ phase: 'problems', problems: read.problems });
    else setState({ phase: 'preview', plan: planImport(profiles, read.file.profiles) });
  };

  const confirmImport = async (plan: ImportPlan) => {
    const write = profilesToWrite(plan);
    try {
      if (write.length > 0) await send('needs/import', { profiles: write });
      setState({ phase: 'idle' });
      await onChanged();
      setStatus({ kind: 'ok', text: t('needsImported', [String(plan.add.length), String(plan.replace.length)]) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('needsImportFailed', (error as Error).message) });
    }
  };

  return (
    <section aria-labelledby="needs-file-heading" class="needs-file">
      <h2 id="needs-file-heading">{t('needsFileHeading')}</h2>
      <p class="muted">{t('needsFileIntro')}</p>
      <p>
        <button type="button" id="export-needs" onClick={exportNeeds} disabled={profiles.length === 0}>
          {t('exportNeeds')}
        </button>
      </p>
      <div class="field">
        <label for="import-needs">{t('importNeedsLabel')}</label>
        <input
          id="import-needs"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-needs-help"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void pick(file);
          }}
        />
        <p id="import-needs-help" class="muted">
          {t('importNeedsHelp')}
        </p>
      </div>
      {state.phase === 'problems' && (
        <div role="alert" class="import-problems">
          <p class="error">{t('importRejected')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p.profile ? problemLine(p.profile.index, p.profile.name, p.profile.problem) : fileProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.phase === 'preview' && <ImportPreview plan={state.plan} onConfirm={() => void confirmImport(state.plan)} onCancel={() => setState({ phase: 'idle' })} />}
      <p role="status" aria-live="polite" id="needs-file-status" class={status?.kind === 'error' ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

function ImportPreview({ plan, onConfirm, onCancel }: { plan: ImportPlan; onConfirm: () => void; onCancel: () => void }) {
  const nothing = plan.add.length === 0 && plan.replace.length === 0;
  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('importPreviewHeading')}</h3>
      <ul>
        {plan.add.map((p) => (
          <li key={`a-${p.id}`} data-change="add">
            {t('importWillAdd', p.name)}
          </li>
        ))}
        {plan.replace.map((r) => (
          <li key={`r-${r.before.id}`} data-change="replace">
            {t('importWillReplace', [r.before.name, r.changed.map((f) => t(`field_${f}`)).join(', ')])}
          </li>
        ))}
        {plan.same.map((p) => (
          <li key={`s-${p.id}`} data-change="same" class="muted">
            {t('importSame', p.name)}
          </li>
        ))}
      </ul>
      {plan.tooMany && <p class="error">{t('importTooMany', String(plan.total))}</p>}
      <p>
        <button type="button" id="confirm-import" onClick={onConfirm} disabled={plan.tooMany || nothing}>
          {t('confirmImport')}
        </button>{' '}
        <button type="button" class="secondary" id="cancel-import" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </section>
  );
}
