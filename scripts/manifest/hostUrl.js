// One source of truth for the add-in's host URL. manifest.xml and the HTML pages are written
// for the development host; a production build swaps that prefix for SAFESHARE_HOST_URL.
const DEV_HOST_URL = "https://localhost:3000/";

/** Reads and checks the production host URL: https, no query or fragment, ends with "/". */
function productionHostUrl(env) {
  const raw = (env.SAFESHARE_HOST_URL || "").trim();
  if (!raw) {
    throw new Error(
      "SAFESHARE_HOST_URL is not set. A production build needs the HTTPS address the add-in will be served from, " +
        "e.g. SAFESHARE_HOST_URL=https://safeshare.example.gov.uk/ npm run build (use npm run build:dev for localhost).",
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SAFESHARE_HOST_URL "${raw}" is not a URL.`);
  }
  if (url.protocol !== "https:") throw new Error(`SAFESHARE_HOST_URL "${raw}" must start with https:// (Office add-ins are served over HTTPS).`);
  if (url.search || url.hash) throw new Error(`SAFESHARE_HOST_URL "${raw}" must not have a query or fragment.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL in the manifest (and the AppDomain origin) to `hostUrl`. */
function withHostUrl(text, hostUrl) {
  const devOrigin = DEV_HOST_URL.slice(0, -1);
  const origin = new URL(hostUrl).origin;
  return text.split(DEV_HOST_URL).join(hostUrl).split(`<AppDomain>${devOrigin}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_HOST_URL, productionHostUrl, withHostUrl };
