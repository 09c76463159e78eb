// A company's app, as its bundler sees it: the npm entry, and the sample curriculum as an explicit, lazily loaded import.
import {define} from '@careerpath/widget'

define({seed: () => import('@careerpath/widget/seed')})
