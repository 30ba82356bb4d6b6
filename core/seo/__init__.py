"""Being found: canonical addresses, language alternates, Open Graph tags, schema.org JSON-LD and the sitemap."""
