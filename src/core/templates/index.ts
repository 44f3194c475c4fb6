export { renderTemplate, variableNames, type RenderResult } from './render';
export { templateData, ROLE_OF_KIND, type TemplateData, type TemplateInput } from './data';
export { readTemplateMeta, type TemplateMeta } from './meta';
export { formatReplyDate } from './date';
