/**
 * Structured templates for the agreement's exchanges: the data (the agreement file's "templates",
 * read through catalogue.ts), validation of the user's values, rendering to subject/HTML/text,
 * and suggestions for the current sender and recipients. Pure: no Office, DOM or clock.
 */
export { TEMPLATES, templateById } from "./catalogue";
export { PLACEHOLDER, SUBJECT_PLACEHOLDER, renderTemplate, TemplateValuesError } from "./render";
export { suggestTemplates, partnerOfAddress } from "./suggest";
export type { SuggestInput, SuggestedRoute, TemplateSuggestion } from "./suggest";
export { validateTemplateValues } from "./validate";
export { caseReferenceProblem } from "./reference";
export { escapeHtml } from "./format";
export { FIELD_TYPES, TEMPLATE_KINDS } from "./types";
export type { FieldError, FieldOption, FieldType, RenderOptions, RenderedTemplate, Template, TemplateField, TemplateKind, TemplateValues, ValidationResult } from "./types";
