/**
 * Defines `<init-container-playground>` once and returns its class; returns undefined where there
 * is no DOM (server-side rendering). `playground` is the base URL for elements without that attribute.
 */
export function defineInitContainerPlayground(options?: { playground?: string }): CustomElementConstructor | undefined;
