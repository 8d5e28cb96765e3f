import type { Delegation } from '../protocol'

/**
 * The organizations the procedural note names, through the panelists it lists
 * as readable. Each registers as a stakeholder (civil society, trade unions,
 * employers, academia, foundations): the Swedish Red Cross too, since a national
 * Red Cross society is not the ICRC or the IFRC and has no observer status of its
 * own. More arrive through the CSV import of the registration list.
 */
export const namedStakeholders: readonly Delegation[] = [
  {
    id: 'msf',
    category: 'stakeholder',
    name: 'Médecins Sans Frontières',
    acronym: 'MSF',
    names: { fr: 'Médecins Sans Frontières', es: 'Médicos Sin Fronteras' },
  },
  {
    id: 'psi',
    category: 'stakeholder',
    name: 'Public Services International',
    acronym: 'PSI',
    names: { fr: 'Internationale des Services Publics', es: 'Internacional de Servicios Públicos' },
  },
  {
    id: 'coparmex',
    category: 'stakeholder',
    name: "Employers' Confederation of the Mexican Republic",
    acronym: 'COPARMEX',
    names: { es: 'Confederación Patronal de la República Mexicana' },
  },
  {
    id: 'gritim-upf',
    category: 'stakeholder',
    name: 'Interdisciplinary Research Group on Immigration (GRITIM), Universitat Pompeu Fabra',
    acronym: 'GRITIM-UPF',
    names: { es: 'Grupo de Investigación Interdisciplinario sobre Inmigración (GRITIM), Universitat Pompeu Fabra' },
  },
  { id: 'dag-hammarskjold-foundation', category: 'stakeholder', name: 'Dag Hammarskjöld Foundation' },
  {
    id: 'swedish-red-cross',
    category: 'stakeholder',
    name: 'Swedish Red Cross',
    names: { fr: 'Croix-Rouge suédoise', es: 'Cruz Roja Sueca' },
  },
  { id: 'mpi', category: 'stakeholder', name: 'Migration Policy Institute', acronym: 'MPI' },
  { id: 'columbia-university', category: 'stakeholder', name: 'Columbia University' },
  {
    id: 'gcerf',
    category: 'stakeholder',
    name: 'Global Community Engagement and Resilience Fund',
    acronym: 'GCERF',
  },
  {
    id: 'wef',
    category: 'stakeholder',
    name: 'World Economic Forum',
    acronym: 'WEF',
    names: { fr: 'Forum économique mondial', es: 'Foro Económico Mundial' },
  },
]
