/**
 * The map of the code the widget loads on demand once the first step has
 * painted: one small lazy chunk that holds the `import()` of each. The first
 * step's code names only this chunk ({@link later}), so an integrator's bundler
 * lists one hashed file name (and its preload list) in the entry instead of one
 * per chunk: the rest of the map, with each chunk's dependencies, lives here.
 * It is fetched right after the first paint, with the checks, which load
 * through it. What may load before the first paint (the host configuration's
 * checks, a language's messages) keeps its own `import()` in the first step;
 * the saved addresses' check, needed from the Address step on, is here.
 */
export const LATER = {
  malfunctionStep: () => import('../steps/malfunction-step.js'),
  partsStep: () => import('../steps/parts-step.js'),
  addressStep: () => import('../steps/address-step.js'),
  submitStep: () => import('../steps/submit-step.js'),
  addressRules: () => import('../schema/address-rules.js'),
  photoRules: () => import('../schema/photos.js'),
  flow: () => import('../flow/flow.js'),
  defaultConfig: () => import('../config/default-config.js'),
  confirmationView: () => import('../confirmation/confirmation-view.js'),
  confirmationFallback: () => import('../confirmation/confirmation-fallback.js'),
  contactForm: () => import('../contact/contact-form.js'),
  formValue: () => import('../submit/form-value.js'),
  sending: () => import('./sending.js'),
  resumeDrafts: () => import('./resume-drafts.js'),
  validateAddresses: () => import('../config/validate-addresses.js'),
};
