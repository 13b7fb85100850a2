import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import {
  normaliseHouseStyle,
  normaliseReportSettings,
  type HouseStyle,
  type HouseStyleInfo,
  type ReportSettings,
  type StoredLogo,
} from '@shared/report/settings';

interface HouseStyleRow {
  style_json: string;
  logo_file_name: string | null;
  logo_mime_type: StoredLogo['mimeType'] | null;
  logo_width: number | null;
  logo_height: number | null;
  logo: Buffer | null;
  template_file_name: string | null;
  template_styles_xml: string | null;
  template_meta_json: string | null;
}

export interface StoredTemplate {
  fileName: string;
  /** word/styles.xml of the template. */
  stylesXml: string;
  styleNames: string[];
  /** The template theme's heading and body fonts, which its styles may refer to. */
  themeFonts: { headings: string | null; body: string | null };
}

interface TemplateMeta {
  styleNames: string[];
  themeFonts: StoredTemplate['themeFonts'];
}

function readMeta(json: string | null): TemplateMeta {
  const parsed = (json ? JSON.parse(json) : {}) as Partial<TemplateMeta>;
  return {
    styleNames: parsed.styleNames ?? [],
    themeFonts: parsed.themeFonts ?? { headings: null, body: null },
  };
}

/** Report settings per engagement and the workspace's house style (migration 0005). */
export class ReportRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  settings(engagementId: number): ReportSettings {
    this.assertEngagement(engagementId);
    const row = this.db
      .prepare<[number], { settings_json: string }>(
        'SELECT settings_json FROM report_settings WHERE engagement_id = ?',
      )
      .get(engagementId);
    return normaliseReportSettings(row ? JSON.parse(row.settings_json) : null);
  }

  saveSettings(engagementId: number, settings: ReportSettings): ReportSettings {
    this.assertEngagement(engagementId);
    this.db
      .prepare(
        `INSERT INTO report_settings (engagement_id, settings_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (engagement_id) DO UPDATE
         SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`,
      )
      .run(engagementId, JSON.stringify(settings), this.now());
    return settings;
  }

  houseStyle(): HouseStyleInfo {
    const row = this.row();
    return {
      style: normaliseHouseStyle(row ? JSON.parse(row.style_json) : null),
      logo: this.logoOf(row),
      template: row?.template_file_name
        ? {
            fileName: row.template_file_name,
            styleNames: readMeta(row.template_meta_json).styleNames,
          }
        : null,
    };
  }

  template(): StoredTemplate | null {
    const row = this.row();
    if (!row?.template_file_name || !row.template_styles_xml) return null;
    return {
      fileName: row.template_file_name,
      stylesXml: row.template_styles_xml,
      ...readMeta(row.template_meta_json),
    };
  }

  saveHouseStyle(style: HouseStyle): HouseStyleInfo {
    this.ensureRow();
    this.db
      .prepare('UPDATE house_style SET style_json = ?, updated_at = ? WHERE id = 1')
      .run(JSON.stringify(style), this.now());
    return this.houseStyle();
  }

  saveLogo(logo: StoredLogo | null): HouseStyleInfo {
    this.ensureRow();
    this.db
      .prepare(
        `UPDATE house_style SET logo_file_name = ?, logo_mime_type = ?, logo_width = ?,
           logo_height = ?, logo = ?, updated_at = ? WHERE id = 1`,
      )
      .run(
        logo?.fileName ?? null,
        logo?.mimeType ?? null,
        logo?.width ?? null,
        logo?.height ?? null,
        logo ? Buffer.from(logo.bytes) : null,
        this.now(),
      );
    return this.houseStyle();
  }

  saveTemplate(template: StoredTemplate | null): HouseStyleInfo {
    this.ensureRow();
    this.db
      .prepare(
        `UPDATE house_style SET template_file_name = ?, template_styles_xml = ?,
           template_meta_json = ?, updated_at = ? WHERE id = 1`,
      )
      .run(
        template?.fileName ?? null,
        template?.stylesXml ?? null,
        template
          ? JSON.stringify({ styleNames: template.styleNames, themeFonts: template.themeFonts })
          : null,
        this.now(),
      );
    return this.houseStyle();
  }

  private logoOf(row: HouseStyleRow | undefined): StoredLogo | null {
    if (!row?.logo || !row.logo_mime_type) return null;
    return {
      fileName: row.logo_file_name ?? 'logo',
      mimeType: row.logo_mime_type,
      bytes: new Uint8Array(row.logo),
      width: row.logo_width ?? 1,
      height: row.logo_height ?? 1,
    };
  }

  private row(): HouseStyleRow | undefined {
    return this.db.prepare<[], HouseStyleRow>('SELECT * FROM house_style WHERE id = 1').get();
  }

  private ensureRow(): void {
    this.db
      .prepare(
        `INSERT INTO house_style (id, style_json, updated_at) VALUES (1, '{}', ?)
         ON CONFLICT (id) DO NOTHING`,
      )
      .run(this.now());
  }

  private assertEngagement(engagementId: number): void {
    const found = this.db
      .prepare<[number], { id: number }>('SELECT id FROM engagements WHERE id = ?')
      .get(engagementId);
    if (!found) throw new AppError('errors.notFound', { what: 'engagement', id: engagementId });
  }
}
