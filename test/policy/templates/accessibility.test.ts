/** @jest-environment jsdom */
import axe from "axe-core";
import { derbyshireAgreement } from "../../../src/policy/agreement";
import { TEMPLATES, renderTemplate } from "../../../src/policy/templates";
import { fullValues } from "./sampleValues";

describe("rendered template bodies are accessible", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s has no axe violations and a captioned table with row headers", async (_id, template) => {
    const { html } = renderTemplate(template, fullValues(template), derbyshireAgreement, { blank: false });
    document.documentElement.lang = "en-GB";
    document.title = "message";
    document.body.innerHTML = `<main>${html}</main>`;
    const table = document.querySelector("table");
    expect(table?.querySelector("caption")?.textContent).toBe(template.name);
    const headers = Array.from(document.querySelectorAll("th"));
    expect(headers.map((th) => th.getAttribute("scope"))).toEqual(template.fields.map(() => "row"));
    expect(headers.map((th) => th.textContent)).toEqual(template.fields.map((f) => f.label));
    // color-contrast needs layout, which jsdom does not do.
    const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
