/** Strings that would run script or change the page if a renderer treated text as markup. They
 * set window.__xss instead of alerting, so a test can tell whether any ran. */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  "<script>window.__xss=1</script>",
  '<a href="javascript:window.__xss=1">click</a>',
  "</textarea><svg onload=window.__xss=1>",
  "\"'><iframe src=javascript:window.__xss=1>",
  "</td></tr></table><form action=https://evil.example/><input name=x>",
  "<!-- comment --><style>*{display:none}</style>",
  "&lt;b&gt;already-escaped&lt;/b&gt; &amp;amp;",
  '<p style="color:#fff">white</p>',
] as const;

/** Elements (or attributes) only a payload brings in: SafeShare's own UI has none of them. */
export const FOREIGN_ELEMENTS = "img, script, iframe, object, embed, style, svg[onload], form[action], input[name='x']";
