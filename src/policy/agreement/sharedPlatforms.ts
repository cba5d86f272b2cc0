/**
 * Mail platforms many organisations share: NHSmail (nhs.net) and CJSM (cjsm.net). Two addresses
 * there are not the same organisation, so a partner is never recognised by such a domain alone —
 * only by its named mailboxes there, or by its own CJSM domain (force.police.uk.cjsm.net).
 */
export const SHARED_PLATFORMS: ReadonlySet<string> = new Set<string>(["nhs.net", "cjsm.net"]);
