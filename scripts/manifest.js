// The manifest in the repository points at the dev server; a deployable build points it at
// the server the add-in is published on (ADDIN_URL, e.g. https://apps.example.gov.cn/budget-check).
const DEV_ORIGIN = 'https://localhost:3000';

function addinUrl(env = process.env) {
  const url = (env.ADDIN_URL || DEV_ORIGIN).replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) throw new Error(`ADDIN_URL must be an https URL, got ${JSON.stringify(url)}`);
  return url;
}

/** manifest.xml with every dev-server URL moved to `url`. */
function manifestFor(xml, url) {
  return xml.split(DEV_ORIGIN).join(url);
}

module.exports = { DEV_ORIGIN, addinUrl, manifestFor };
