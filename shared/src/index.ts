export * from './protocol'
export * from './domain'
