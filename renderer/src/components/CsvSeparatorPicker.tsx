import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_SEPARATORS, type CsvSeparator } from '@shared/ipc/files';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';

/**
 * The consultant's CSV separator: read from the settings, remembered there when changed. Every
 * CSV export shows the picker next to its button and passes the choice with the call.
 */
export function useCsvSeparator(): {
  separator: CsvSeparator;
  choose: (separator: CsvSeparator) => void;
} {
  const settings = useCall('settings.get', {});
  // The choice applies at once (the next export uses it) and is saved meanwhile.
  const [chosen, setChosen] = useState<CsvSeparator>();
  return {
    separator: chosen ?? settings.data?.csvSeparator ?? ',',
    choose: (separator) => {
      setChosen(separator);
      void invoke('settings.setCsvSeparator', { separator }).catch(() => settings.reload());
    },
  };
}

interface CsvSeparatorPickerProps {
  separator: CsvSeparator;
  onChange: (separator: CsvSeparator) => void;
}

export function CsvSeparatorPicker({ separator, onChange }: CsvSeparatorPickerProps) {
  const { t } = useTranslation();
  return (
    <label className="csv-separator">
      {t('dataSafety.csvSeparator.label')}
      <select value={separator} onChange={(event) => onChange(event.target.value as CsvSeparator)}>
        {CSV_SEPARATORS.map((option) => (
          <option key={option} value={option}>
            {t(
              option === ';'
                ? 'dataSafety.csvSeparator.semicolon'
                : 'dataSafety.csvSeparator.comma',
            )}
          </option>
        ))}
      </select>
    </label>
  );
}
