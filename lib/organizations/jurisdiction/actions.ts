'use server';

import { serverAction } from '@/lib/server-action';
import { setLowerJurisdiction } from './assign';

/** Settings, Jurisdiction: which lower authority a territory's schools answer to (org.jurisdiction.manage, checked on every call). */
export const setLowerJurisdictionAction = serverAction(setLowerJurisdiction);
