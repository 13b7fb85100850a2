import { useTranslation } from 'react-i18next';
import type { ReportBlock, ReportDocument } from '@shared/report/document';

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
      {/* The preview scrolls on its own: it can take the focus, so the keyboard scrolls it. */}
      <article
        role="region"
        className="report-page"
        lang={document.language}
        data-testid="report-preview"
        tabIndex={0}
        aria-label={t('report.previewLabel')}
      >
        {document.cover && (
          <header className="report-page__cover">
            <p className="report-page__title">{document.cover.title}</p>
            <p className="report-page__subtitle">{document.cover.subtitle}</p>
            <ul className="report-page__meta">
              {document.cover.firmName && <li>{document.cover.firmName}</li>}
              {document.cover.consultants && <li>{document.cover.consultants}</li>}
              <li>{document.cover.date}</li>
            </ul>
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

function PreviewBlock({ block, document }: { block: ReportBlock; document: ReportDocument }) {
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
          {block.text}
        </p>
      );
    case 'list':
      return block.ordered ? (
        <ol>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
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
                  {row.map((cell, index) => (
                    <td
                      key={index}
                      className={block.columns[index]?.numeric ? 'numeric' : undefined}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      return (
        <figure className="report-page__figure">
          {block.svg && (
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`}
              alt={block.alt}
            />
          )}
          <figcaption>
            {document.labels.figure} {block.number}. {block.caption}
          </figcaption>
        </figure>
      );
  }
}
