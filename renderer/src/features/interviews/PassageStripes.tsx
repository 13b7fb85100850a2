import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { Quote, Theme } from '@shared/interviews/model';
import { stripeLanes, type Stripe } from './stripe-lanes';

/**
 * The coding stripes in the margin of the notes, as in MAXQDA: beside every passage a bar in
 * the colour of each of its themes (a neutral one for a quote without themes), spanning the
 * lines the passage covers; overlapping passages get lanes side by side. Decoration only: the
 * passage list under the notes tells the same to screen readers.
 */
export function PassageStripes({
  editor,
  container,
  passages,
  themes,
}: {
  editor: Editor;
  container: RefObject<HTMLDivElement | null>;
  passages: Quote[];
  themes: Theme[];
}) {
  const { t } = useTranslation();
  const [stripes, setStripes] = useState<Stripe[]>([]);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const box = container.current?.getBoundingClientRect();
        if (!box) return;
        const spans: { key: string; colour: string; label: string; top: number; bottom: number }[] =
          [];
        for (const passage of passages) {
          const elements = editor.view.dom.querySelectorAll(`[data-passage="${passage.id}"]`);
          if (elements.length === 0) continue;
          let top = Infinity;
          let bottom = -Infinity;
          for (const element of elements) {
            for (const rect of element.getClientRects()) {
              top = Math.min(top, rect.top);
              bottom = Math.max(bottom, rect.bottom);
            }
          }
          if (!Number.isFinite(top)) continue;
          const applied = themes.filter((theme) => passage.themeIds.includes(theme.id));
          const marks =
            applied.length > 0
              ? applied.map((theme) => ({ colour: theme.colour, label: theme.name }))
              : [{ colour: 'var(--color-neutral-text)', label: t('interviews.quotes.quote') }];
          for (const [index, mark] of marks.entries()) {
            spans.push({
              key: `${passage.id}-${index}`,
              ...mark,
              top: top - box.top,
              bottom: bottom - box.top,
            });
          }
        }
        setStripes(stripeLanes(spans));
      });
    };
    measure();
    editor.on('update', measure);
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    if (container.current) observer.observe(container.current);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('update', measure);
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [editor, container, passages, themes, t]);

  return (
    <div className="passage-stripes" aria-hidden="true">
      {stripes.map((stripe) => (
        <span
          key={stripe.key}
          className="passage-stripe"
          data-testid="passage-stripe"
          title={stripe.label}
          style={{
            top: stripe.top,
            height: Math.max(4, stripe.bottom - stripe.top),
            left: `calc(var(--stripe-gutter) - ${(stripe.lane + 1) * 7}px)`,
            background: stripe.colour,
          }}
        />
      ))}
    </div>
  );
}
