/**
 * Consumer webmail: addresses anyone can open for free, outside any organisation's control.
 * A registrable domain in WEBMAIL_DOMAINS, or a provider brand ("yahoo", "hotmail"…) under any
 * public suffix ("yahoo.fr", "hotmail.it", "gmx.de"): callers first exclude registrar-controlled
 * namespaces (gov.uk, nhs.uk, police.uk…) by checking partners and public sector first.
 */
import type { HostParts } from "./domain";

export const WEBMAIL_DOMAINS: readonly string[] = [
  // Google
  "gmail.com", "googlemail.com",
  // Microsoft
  "hotmail.com", "hotmail.co.uk", "outlook.com", "outlook.co.uk", "live.com", "live.co.uk", "msn.com", "windowslive.com",
  "passport.com",
  // Yahoo / AOL
  "yahoo.com", "yahoo.co.uk", "ymail.com", "rocketmail.com", "aol.com", "aol.co.uk", "aim.com", "verizon.net",
  // Apple
  "icloud.com", "me.com", "mac.com",
  // Proton, Tuta and other privacy mail
  "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tutanota.de", "tuta.io", "tuta.com",
  "fastmail.com", "fastmail.fm", "hushmail.com", "mailfence.com", "posteo.de", "posteo.net", "disroot.org",
  // GMX / mail.com / web.de
  "gmx.com", "gmx.co.uk", "gmx.net", "gmx.de", "mail.com", "email.com", "web.de",
  // Yandex, Zoho, others
  "yandex.com", "yandex.ru", "ya.ru", "zoho.com", "zohomail.com", "zohomail.eu", "mail.ru", "inbox.ru", "list.ru",
  "bk.ru", "qq.com", "163.com", "126.com", "rediffmail.com", "lycos.com", "inbox.com",
  // UK internet service providers
  "btinternet.com", "btopenworld.com", "talk21.com", "sky.com", "talktalk.net", "tiscali.co.uk", "virginmedia.com",
  "virgin.net", "blueyonder.co.uk", "ntlworld.com", "plus.com", "orange.net", "wanadoo.co.uk", "o2.co.uk",
  "eclipse.co.uk", "madasafish.com", "supanet.com", "freeserve.co.uk", "postmaster.co.uk",
];

/** Provider brands whose label is webmail under any public suffix. */
const BRANDS: readonly string[] = [
  "gmail", "googlemail", "hotmail", "outlook", "live", "windowslive", "msn", "yahoo", "ymail", "aol", "icloud",
  "protonmail", "gmx", "yandex", "zoho", "zohomail", "btinternet", "tutanota",
];

const DOMAIN_SET = new Set<string>(WEBMAIL_DOMAINS);
const BRAND_SET = new Set<string>(BRANDS);

/** The webmail provider's domain for a host, or null. */
export function webmailProvider(parts: HostParts): string | null {
  if (DOMAIN_SET.has(parts.host)) return parts.host;
  if (DOMAIN_SET.has(parts.registrable)) return parts.registrable;
  if (parts.suffix !== "" && BRAND_SET.has(parts.label)) return parts.registrable;
  return null;
}

/** True for a registrable domain in the list (used to keep them out of look-alike checks). */
export function isWebmailDomain(domain: string): boolean {
  return DOMAIN_SET.has(domain);
}
