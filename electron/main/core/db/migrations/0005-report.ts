import type { Migration } from './migration';

/**
 * The Word report: the consultant's choices per engagement (sections, order, narratives, charts,
 * quotes, action plan) and the firm's house style, set once for the workspace.
 *
 * Settings are one JSON value per engagement: they are read and written whole, and their shape
 * grows with the report (normaliseReportSettings fills in what an older value lacks). The logo and
 * the Word template are stored as blobs beside the house style, so a workspace file carries
 * everything a report needs.
 */
export const migration0005Report: Migration = {
  version: 5,
  name: 'report settings and house style',
  up(db) {
    db.exec(`
      CREATE TABLE report_settings (
        engagement_id INTEGER PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
        settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One row: the workspace's house style.
      CREATE TABLE house_style (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        style_json TEXT NOT NULL CHECK (json_valid(style_json)),
        logo_file_name TEXT,
        logo_mime_type TEXT CHECK (logo_mime_type IS NULL OR logo_mime_type IN ('image/png', 'image/svg+xml')),
        logo_width INTEGER,
        logo_height INTEGER,
        logo BLOB,
        template_file_name TEXT,
        template_styles_xml TEXT,
        -- The template's style names (for the panel) and theme fonts (for styles that use them).
        template_meta_json TEXT CHECK (template_meta_json IS NULL OR json_valid(template_meta_json)),
        updated_at TEXT NOT NULL,
        CHECK ((logo IS NULL) = (logo_mime_type IS NULL)),
        CHECK ((template_styles_xml IS NULL) = (template_file_name IS NULL))
      ) STRICT;
    `);
  },
};
