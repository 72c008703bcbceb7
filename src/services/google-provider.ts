// Google's services for EEA visitors are provided by Google Ireland; shared so the name is spelled once.
export const googleProvider = 'Google Ireland Ltd.'
export const googlePrivacyUrl = 'https://policies.google.com/privacy'
