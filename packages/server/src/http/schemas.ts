import { problemSchema } from '@ips-bridge/contracts';

/** The problem responses most routes can give, for the OpenAPI description. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  412: problemSchema,
  428: problemSchema,
  429: problemSchema,
  503: problemSchema,
} as const;
