import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/questionnaire/instrument';
import { menuLabels } from '@shared/i18n/menu';

/** The native menu (File, Edit, View, Help) in the UI language. */
export function installMenu(language: Language, dataDir: string): void {
  const label = menuLabels[language];
  const template: MenuItemConstructorOptions[] = [
    {
      label: label.file,
      submenu: [
        { label: label.openDataFolder, click: () => void shell.openPath(dataDir) },
        { type: 'separator' },
        { role: 'quit', label: label.quit },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo', label: label.undo },
        { role: 'redo', label: label.redo },
        { type: 'separator' },
        { role: 'cut', label: label.cut },
        { role: 'copy', label: label.copy },
        { role: 'paste', label: label.paste },
        { role: 'selectAll', label: label.selectAll },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'reload', label: label.reload },
        { type: 'separator' },
        { role: 'resetZoom', label: label.resetZoom },
        { role: 'zoomIn', label: label.zoomIn },
        { role: 'zoomOut', label: label.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label.fullScreen },
      ],
    },
    {
      label: label.help,
      submenu: [{ role: 'about', label: label.about }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
