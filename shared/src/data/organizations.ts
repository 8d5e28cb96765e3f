import type { Delegation } from '../protocol'

/**
 * Intergovernmental organizations and other entities with observer status in
 * the General Assembly (`igo`), as likely in Room XIX for a migration session.
 *
 * IOM is an `igo`, not a `un-entity`: since the 2016 agreement it is a "related
 * organization" of the UN, but it keeps its own membership and constitution and
 * sits in the General Assembly as an intergovernmental observer (since 1992), not
 * as a UN fund, programme or office. The ICRC and the IFRC are not
 * intergovernmental, but the Assembly grants them observer status as "other
 * entities", which is the same tier.
 */
export const intergovernmentalOrganizations: readonly Delegation[] = [
  {
    id: 'eu',
    category: 'igo',
    name: 'European Union',
    acronym: 'EU',
    names: { fr: 'Union européenne', es: 'Unión Europea' },
  },
  {
    id: 'iom',
    category: 'igo',
    name: 'International Organization for Migration',
    acronym: 'IOM',
    names: { fr: 'Organisation internationale pour les migrations', es: 'Organización Internacional para las Migraciones' },
  },
  {
    id: 'icrc',
    category: 'igo',
    name: 'International Committee of the Red Cross',
    acronym: 'ICRC',
    names: { fr: 'Comité international de la Croix-Rouge', es: 'Comité Internacional de la Cruz Roja' },
  },
  {
    id: 'ifrc',
    category: 'igo',
    name: 'International Federation of Red Cross and Red Crescent Societies',
    acronym: 'IFRC',
    names: {
      fr: 'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge',
      es: 'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja',
    },
  },
  { id: 'au', category: 'igo', name: 'African Union', acronym: 'AU', names: { fr: 'Union africaine', es: 'Unión Africana' } },
  {
    id: 'coe',
    category: 'igo',
    name: 'Council of Europe',
    names: { fr: "Conseil de l'Europe", es: 'Consejo de Europa' },
  },
  {
    id: 'oif',
    category: 'igo',
    name: 'International Organization of la Francophonie',
    acronym: 'OIF',
    names: { fr: 'Organisation internationale de la Francophonie', es: 'Organización Internacional de la Francofonía' },
  },
  {
    id: 'order-of-malta',
    category: 'igo',
    name: 'Sovereign Order of Malta',
    names: { fr: 'Ordre souverain de Malte', es: 'Soberana Orden de Malta' },
  },
]

/**
 * UN departments, funds, programmes, offices and specialized agencies: the
 * members of the Global Migration Group most likely to take the floor.
 */
export const unEntities: readonly Delegation[] = [
  {
    id: 'unhcr',
    category: 'un-entity',
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronym: 'UNHCR',
    names: {
      fr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
      es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
    },
  },
  {
    id: 'ohchr',
    category: 'un-entity',
    name: 'Office of the United Nations High Commissioner for Human Rights',
    acronym: 'OHCHR',
    names: {
      fr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
      es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    },
  },
  {
    id: 'ilo',
    category: 'un-entity',
    name: 'International Labour Organization',
    acronym: 'ILO',
    names: { fr: 'Organisation internationale du Travail', es: 'Organización Internacional del Trabajo' },
  },
  {
    id: 'unodc',
    category: 'un-entity',
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    names: {
      fr: 'Office des Nations Unies contre la drogue et le crime',
      es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
    },
  },
  {
    id: 'undp',
    category: 'un-entity',
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
    names: { fr: 'Programme des Nations Unies pour le développement', es: 'Programa de las Naciones Unidas para el Desarrollo' },
  },
  {
    id: 'unicef',
    category: 'un-entity',
    name: "United Nations Children's Fund",
    acronym: 'UNICEF',
    names: { fr: "Fonds des Nations Unies pour l'enfance", es: 'Fondo de las Naciones Unidas para la Infancia' },
  },
  {
    id: 'desa',
    category: 'un-entity',
    name: 'Department of Economic and Social Affairs',
    acronym: 'DESA',
    names: { fr: 'Département des affaires économiques et sociales', es: 'Departamento de Asuntos Económicos y Sociales' },
  },
  {
    id: 'unfpa',
    category: 'un-entity',
    name: 'United Nations Population Fund',
    acronym: 'UNFPA',
    names: { fr: 'Fonds des Nations Unies pour la population', es: 'Fondo de Población de las Naciones Unidas' },
  },
  {
    id: 'un-women',
    category: 'un-entity',
    name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
    acronym: 'UN-Women',
    names: {
      fr: "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
      es: 'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
    },
  },
  {
    id: 'who',
    category: 'un-entity',
    name: 'World Health Organization',
    acronym: 'WHO',
    names: { fr: 'Organisation mondiale de la Santé', es: 'Organización Mundial de la Salud' },
  },
  {
    id: 'unctad',
    category: 'un-entity',
    name: 'United Nations Conference on Trade and Development',
    acronym: 'UNCTAD',
    names: {
      fr: 'Conférence des Nations Unies sur le commerce et le développement',
      es: 'Conferencia de las Naciones Unidas sobre Comercio y Desarrollo',
    },
  },
  {
    id: 'unece',
    category: 'un-entity',
    name: 'Economic Commission for Europe',
    acronym: 'ECE',
    names: { fr: "Commission économique pour l'Europe", es: 'Comisión Económica para Europa' },
  },
]
