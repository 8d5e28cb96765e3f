export * from './protocol'
export * from './domain'
export * from './data'
