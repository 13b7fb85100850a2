import { useTranslation } from 'react-i18next';
import type { GapGroupStatus } from '@shared/gaps/report';
import type { GapAnalysisView } from '@shared/gaps/view';
import { formatPercent } from '@shared/i18n/format';
import { useUiLanguage } from '@renderer/app/ui-language';

interface GroupPickerProps {
  analysis: GapAnalysisView;
  /** Ids of the ticked groups. */
  checked: number[];
  onChange: (groupIds: number[]) => void;
}

/**
 * The groups to compare. A group below the anonymity threshold cannot be ticked; it says why it is
 * missing instead of silently disappearing.
 */
export function GroupPicker({ analysis, checked, onChange }: GroupPickerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const reason = (group: GapGroupStatus) =>
    group.reason === 'noResponses'
      ? t('gaps.groups.noResponses')
      : t('gaps.groups.belowThreshold', { threshold: analysis.anonymityThreshold });

  function toggle(groupId: number, on: boolean) {
    const next = on ? [...checked, groupId] : checked.filter((id) => id !== groupId);
    // Keep the engagement's order, whatever the order of clicking.
    onChange(analysis.groups.map((group) => group.groupId).filter((id) => next.includes(id)));
  }

  return (
    <fieldset className="gaps-picker">
      <legend>{t('gaps.groups.legend')}</legend>
      <p className="field__hint">{t('gaps.groups.hint')}</p>
      <ul className="gaps-picker__list">
        {analysis.groups.map((group) => {
          const id = `gaps-group-${group.groupId}`;
          return (
            <li
              key={group.groupId}
              className={group.shown ? undefined : 'gaps-picker__suppressed'}
              data-testid="gaps-group"
            >
              <input
                id={id}
                type="checkbox"
                checked={group.shown && checked.includes(group.groupId)}
                disabled={!group.shown}
                aria-describedby={`${id}-note`}
                onChange={(event) => toggle(group.groupId, event.target.checked)}
              />
              <label htmlFor={id}>{group.name}</label>
              <span id={`${id}-note`} className="gaps-picker__note">
                {group.kind === 'customer' && `${t('gaps.groups.customerKind')} · `}
                {group.shown
                  ? t('gaps.groups.respondents', { count: group.respondents ?? 0 })
                  : reason(group)}
                {group.shown && group.responseRate !== null && (
                  <>
                    {' · '}
                    {t('gaps.groups.participation', {
                      rate: formatPercent(group.responseRate, language),
                      margin: formatPercent(group.marginOfError ?? 0, language),
                    })}
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
