import { z } from "zod";
import { PRINCIPLE_IDS } from "./principles";

/** A principle id from the fixed list of shared/SPEC.md §1; the error names every valid id. */
export const principleIdSchema = z.enum(PRINCIPLE_IDS, {
  error: (issue) =>
    `Unknown principle id ${JSON.stringify(issue.input)}; expected one of: ${PRINCIPLE_IDS.join(", ")}`,
});
