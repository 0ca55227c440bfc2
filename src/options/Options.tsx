import { useEffect, useState } from 'preact/hooks';
import type { NeedsProfile } from '../core/needs.ts';
import { send } from '../ui/messaging.ts';
import { t } from '../ui/i18n.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ShopsSection } from './ShopsSection.tsx';
import { NeedsFileSection } from './NeedsFileSection.tsx';
import { DataSection } from './DataSection.tsx';
import { duplicateOf } from './requirements.ts';
import { blankProfile, categoryAsked } from './profiles.ts';

export function Options() {
  const [profiles, setProfiles] = useState<NeedsProfile[] | null>(null);
  const [editing, setEditing] = useState<NeedsProfile | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const reload = async () => setProfiles(await send('needs/list', {}));

  useEffect(() => {
    reload().catch((error: unknown) => setStatus({ kind: 'error', text: String((error as Error).message ?? error) }));
    // The popup's "start a profile" opens this page on a new profile of the product's category.
    const asked = categoryAsked(location.hash);
    if (asked) setEditing(blankProfile(Date.now(), asked));
  }, []);

  const save = async (profile: NeedsProfile) => {
    try {
      await send('needs/save', { profile });
      setEditing(null);
      await reload();
      setStatus({ kind: 'ok', text: t('savedProfile', profile.name) });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  const remove = async (profile: NeedsProfile) => {
    if (!confirm(t('confirmDelete', profile.name))) return;
    try {
      await send('needs/delete', { id: profile.id });
      await reload();
      setStatus({ kind: 'ok', text: t('deletedProfile', profile.name) });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <p role="status" aria-live="polite" class={status?.kind === 'error' ? 'error' : 'ok'} data-testid="status">
        {status?.text ?? ''}
      </p>
      <section aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">{t('profilesHeading')}</h2>
        {profiles === null ? (
          <p>{t('loading')}</p>
        ) : profiles.length === 0 ? (
          <p>{t('noProfiles')}</p>
        ) : (
          <ul class="profiles">
            {profiles.map((p) => (
              <li key={p.id}>
                <span class="profile-name">{p.name}</span>{' '}
                <button type="button" class="secondary" onClick={() => setEditing(p)} aria-label={t('editProfileNamed', p.name)}>
                  {t('edit')}
                </button>{' '}
                <button type="button" class="secondary" data-action="duplicate" onClick={() => void save(duplicateOf(p, t('copyOfName', p.name), Date.now()))} aria-label={t('duplicateProfileNamed', p.name)}>
                  {t('duplicate')}
                </button>{' '}
                <button type="button" class="secondary" data-action="delete" onClick={() => void remove(p)} aria-label={t('deleteProfileNamed', p.name)}>
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!editing && (
          <button type="button" data-action="new-profile" onClick={() => setEditing(blankProfile(Date.now()))}>
            {t('newProfile')}
          </button>
        )}
      </section>
      {editing && <ProfileEditor key={editing.id} initial={editing} onSave={save} onCancel={() => setEditing(null)} />}
      {profiles && <NeedsFileSection profiles={profiles} onChanged={reload} />}
      <ShopsSection />
      <DataSection />
    </main>
  );
}
