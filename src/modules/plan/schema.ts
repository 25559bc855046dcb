// The plan module's GraphQL schema: annual plan, work items, records and evidence; obligation
// rules, compliance and the district view.
import './work-schema.js';
import './compliance-schema.js';
