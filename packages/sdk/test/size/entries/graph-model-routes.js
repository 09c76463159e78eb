// The graph-model app's later chunk: routes added to the model it already built (a static named import of the entry that holds only route code).
import {withRoutes} from '@careerpath/sdk/graph/routes'

export const plan = (model) => withRoutes(model).plan('help-desk-technician', 'it-support-manager').milestones
