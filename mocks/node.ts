import { setupServer } from 'msw/node';

import { handlers } from './handlers';

/** The MSW server the unit and integration tests run against. */
export const server = setupServer(...handlers);
