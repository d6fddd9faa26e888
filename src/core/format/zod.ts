// zod, configured once for every module that uses it. Without JIT: zod's JIT compiles parsers
// with `new Function`, which a strict Content-Security-Policy (script-src 'self') reports and
// blocks. Importing z from here, never from 'zod', makes the setting hold whichever chunk loads
// first.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
