/** The chair route's strings in English; keys start with 'chair.'. */
export const chairEn = {} as const
