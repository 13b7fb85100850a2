import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { LiveSessionView } from '@shared/ipc/live';
import { svgSource } from './use-live-status';

/**
 * One QR code per group: participants who scan their group's code skip the group question. Shown
 * on screen and printed on their own (everything else of the app is hidden while printing).
 */
export function QrSheet({ session }: { session: LiveSessionView }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-qr-sheet');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-qr-sheet');
    };
  }, [printing]);

  const cards = (
    <ul className="qr-sheet__cards">
      {session.groups.map((group) => (
        <li key={group.groupId} className="qr-sheet__card" data-testid="qr-card">
          <img src={svgSource(group.qrSvg)} alt={t('fieldwork.live.qrAlt', { url: group.url })} />
          <strong>{group.name}</strong>
          <code>{group.url.replace(/^http:\/\//, '')}</code>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="qr-sheet" aria-labelledby="qr-sheet-heading">
      <h3 id="qr-sheet-heading">{t('fieldwork.live.perGroupTitle')}</h3>
      <p className="muted">{t('fieldwork.live.perGroupIntro')}</p>
      {cards}
      <button type="button" className="button" onClick={() => setPrinting(true)}>
        {t('fieldwork.live.print')}
      </button>
      {printing && createPortal(<div className="qr-sheet__print">{cards}</div>, document.body)}
    </section>
  );
}
