import { useTranslation } from 'react-i18next';
import { referenceLabel, type ReportBlock, type ReportDocument } from '@shared/report/document';
import type { RichText } from '@shared/report/rich-text';
import { textColourOn } from '@renderer/components/charts/palette';
import './report.css';

/**
 * The report as Word will have it: the same cover, contents, headings, texts, numbered tables and
 * figures, in the document's language. Charts are the very SVGs that go into the .docx.
 */
export function ReportPreview({ document }: { document: ReportDocument }) {
  const { t } = useTranslation();
  return (
    <section className="card report-preview" aria-labelledby="report-preview-heading">
      <h3 id="report-preview-heading">{t('report.preview')}</h3>
      <p className="muted">{t('report.previewHint')}</p>
      {document.warnings.map((warning) => (
        <div
          key={`${warning.section}:${warning.name}`}
          className="banner banner--warning"
          role="alert"
        >
          {t('report.warningPrivateName', {
            section: t(`report.sections.${warning.section}`),
            name: warning.name,
          })}
        </div>
      ))}
      <article className="report-page" lang={document.language} data-testid="report-preview">
        {document.cover && (
          <header className="report-page__cover">
            <p className="report-page__title">{document.cover.title}</p>
            <p className="report-page__subtitle">{document.cover.subtitle}</p>
            <dl className="report-page__meta">
              {document.cover.firmName && <dd>{document.cover.firmName}</dd>}
              {document.cover.consultants && <dd>{document.cover.consultants}</dd>}
              <dd>{document.cover.date}</dd>
            </dl>
            {document.cover.sampleNotice && (
              <p className="report-page__note">{document.cover.sampleNotice}</p>
            )}
          </header>
        )}
        {document.contentsTitle && (
          <nav className="report-page__contents" aria-label={document.contentsTitle}>
            <p className="report-page__h2">{document.contentsTitle}</p>
            <ol>
              {document.sections.map((section) => (
                <li key={section.id}>{section.title}</li>
              ))}
            </ol>
          </nav>
        )}
        {document.sections.map((section) => (
          <section key={section.id} className="report-page__section" data-section={section.id}>
            <h4 className="report-page__h1">{section.title}</h4>
            {section.blocks.map((block, index) => (
              <PreviewBlock key={index} block={block} document={document} />
            ))}
          </section>
        ))}
      </article>
    </section>
  );
}

/** Inline text with its emphasis, references ("Figuur 3") and what is still missing. */
export function PreviewText({ text, document }: { text: RichText; document: ReportDocument }) {
  if (typeof text === 'string') return <>{text}</>;
  return (
    <>
      {text.map((run, index) => {
        switch (run.kind) {
          case 'break':
            return <br key={index} />;
          case 'ref': {
            const label = referenceLabel(document, run.key);
            return label ? (
              <span key={index} className="report-page__ref">
                {run.wrap ? `${run.wrap[0]}${label}${run.wrap[1]}` : label}
              </span>
            ) : null;
          }
          case 'text': {
            if (run.missing)
              return (
                <mark key={index} className="report-page__missing">
                  {run.text}
                </mark>
              );
            let node = <>{run.text}</>;
            if (run.italic) node = <em>{node}</em>;
            if (run.bold) node = <strong>{node}</strong>;
            return <span key={index}>{node}</span>;
          }
        }
      })}
    </>
  );
}

export function PreviewBlock({
  block,
  document,
}: {
  block: ReportBlock;
  document: ReportDocument;
}) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <h5 className="report-page__h2">{block.text}</h5>
      ) : (
        <h6 className="report-page__h3">{block.text}</h6>
      );
    case 'paragraph':
      return (
        <p className={block.note ? 'report-page__note' : undefined}>
          {block.lead && <strong>{block.lead} </strong>}
          <PreviewText text={block.text} document={document} />
        </p>
      );
    case 'list':
      return block.ordered ? (
        <ol>
          {block.items.map((item, index) => (
            <li key={index}>
              <PreviewText text={item} document={document} />
            </li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <PreviewText text={item} document={document} />
            </li>
          ))}
        </ul>
      );
    case 'quote':
      return (
        <figure className="report-page__quote">
          <blockquote>“{block.text}”</blockquote>
          <figcaption>— {block.attribution}</figcaption>
        </figure>
      );
    case 'table':
      return (
        <div className="report-page__table table-scroll">
          <table>
            <caption>
              {document.labels.table} {block.number}. {block.caption}
            </caption>
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr
                  key={rowIndex}
                  className={
                    block.emphasisRows?.includes(rowIndex) ? 'report-page__row--bold' : undefined
                  }
                >
                  {row.map((cell, index) => {
                    const fill = block.shading?.[rowIndex]?.[index] ?? null;
                    return (
                      <td
                        key={index}
                        className={block.columns[index]?.numeric ? 'numeric' : undefined}
                        style={fill ? { background: fill, color: textColourOn(fill) } : undefined}
                      >
                        <PreviewText text={cell} document={document} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {block.source && <p className="report-page__source">{block.source}</p>}
        </div>
      );
    case 'chart':
      return (
        <figure className="report-page__figure">
          {/* Above the figure, as in the report: the caption states what the chart shows. */}
          <figcaption>
            {document.labels.figure} {block.number}. {block.caption}
          </figcaption>
          {block.svg && (
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`}
              alt={block.alt}
            />
          )}
          {block.source && <p className="report-page__source">{block.source}</p>}
        </figure>
      );
  }
}
