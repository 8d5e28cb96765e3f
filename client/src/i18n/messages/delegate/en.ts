/** The delegate route's strings in English; keys start with 'delegate.'. */
export const delegateEn = {} as const
