import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../messages.ts';
import { send } from '../ui/messaging.ts';
import { t } from '../ui/i18n.ts';
import { downloadJson, readJsonFile } from './files.ts';
import * as v from 'valibot';
import { DATA_FORMAT, DATA_VERSION, DataFileSchema } from '../schema/data.ts';
import { NEEDS_FORMAT } from '../core/needs-file.ts';
import { nameOf, readProfile } from '../core/needs-check.ts';
import { problemLine } from '../ui/needs-problems.ts';

const MAX_SHOWN = 5;

/**
 * Why an "everything" file cannot be imported, in the shopper's words, or null when it can:
 * a needs file is recognised and sent to its own import; a profile's problems are named as
 * the needs import names them.
 */
function refusalOf(data: unknown): string | null {
  const head = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown; profiles?: unknown };
  if (head.format === NEEDS_FORMAT) return t('dataFileIsNeedsFile');
  if (head.format !== DATA_FORMAT) return t('dataFileWrongFormat');
  if (typeof head.version === 'number' && head.version > DATA_VERSION) return t('dataFileNewer');
  const problems = (Array.isArray(head.profiles) ? head.profiles : []).flatMap((raw: unknown, index) => {
    const read = readProfile(raw);
    return read.ok ? [] : read.problems.map((p) => problemLine(index, nameOf(raw), p));
  });
  if (problems.length > 0) return `${t('importRejected')} ${problems.slice(0, MAX_SHOWN).join('. ')}.`;
  const parsed = v.safeParse(DataFileSchema, data);
  if (!parsed.success) return t('dataFilePart', String(parsed.issues[0].path?.[0]?.key ?? 'format'));
  return null;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Settings for what Needfit keeps: how long, export everything, bring it back, delete it all. */
export function DataSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [days, setDays] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    send('settings/get', {}).then(
      (s) => {
        setSettings(s);
        setDays(String(s.historyDays));
      },
      (error: Error) => setStatus({ kind: 'error', text: error.message }),
    );
  }, []);

  const daysValue = Number(days);
  const daysValid = /^\d+$/.test(days.trim()) && daysValue >= 1 && daysValue <= 3650;

  const save = async (next: Settings) => {
    try {
      setSettings(await send('settings/save', { settings: next }));
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  const exportAll = async () => {
    try {
      const data = await send('data/export', {});
      downloadJson(data, `needfit-data-${new Date(data.exportedAt).toISOString().slice(0, 10)}.json`);
      setStatus({ kind: 'ok', text: t('dataExported', [String(data.profiles.length), String(data.observations.length)]) });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  const importAll = async (file: File) => {
    try {
      const data = await readJsonFile(file);
      const refusal = refusalOf(data);
      if (refusal) {
        setStatus({ kind: 'error', text: refusal });
        return;
      }
      if (!confirm(t('confirmImportAll'))) return;
      const result = await send('data/import', { data: data as never });
      setStatus({ kind: 'ok', text: t('dataImported', [String(result.profiles), String(result.observations)]) });
      setSettings(await send('settings/get', {}));
    } catch (error) {
      setStatus({ kind: 'error', text: t('importFailed', (error as Error).message) });
    }
  };

  const wipe = async () => {
    if (!confirm(t('confirmWipe'))) return;
    try {
      await send('data/wipe', { confirm: true });
      setStatus({ kind: 'ok', text: t('dataWiped') });
      setSettings(await send('settings/get', {}));
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <section aria-labelledby="data-heading" class="data-section">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      {settings && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (daysValid) void save({ ...settings, historyDays: daysValue });
          }}
        >
          <div class="field">
            <label for="history-days">{t('historyDaysLabel')}</label>
            <input
              id="history-days"
              inputMode="numeric"
              value={days}
              aria-invalid={daysValid ? undefined : 'true'}
              aria-describedby="history-days-help"
              onInput={(e) => setDays((e.target as HTMLInputElement).value)}
            />{' '}
            <button type="submit" disabled={!daysValid}>
              {t('save')}
            </button>
            <p id="history-days-help" class={daysValid ? 'muted' : 'error'}>
              {daysValid ? t('historyDaysHelp') : t('errorHistoryDays')}
            </p>
          </div>
          <div class="field">
            <label>
              <input
                type="checkbox"
                id="mark-page"
                checked={settings.markPage}
                onChange={(e) => void save({ ...settings, markPage: (e.target as HTMLInputElement).checked })}
              />{' '}
              {t('markPageLabel')}
            </label>
          </div>
        </form>
      )}
      <p class="actions">
        <button type="button" id="export-all" onClick={() => void exportAll()}>
          {t('exportAll')}
        </button>{' '}
        <button type="button" class="secondary" id="import-all" onClick={() => fileInput.current?.click()}>
          {t('importAll')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          aria-label={t('importAll')}
          tabIndex={-1}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importAll(file);
          }}
        />{' '}
        <button type="button" class="danger" id="wipe-all" onClick={() => void wipe()}>
          {t('wipeAll')}
        </button>
      </p>
      <p role="status" aria-live="polite" class={status?.kind === 'error' ? 'error' : 'ok'} id="data-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
