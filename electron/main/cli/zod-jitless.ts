/**
 * A command validates each file once: zod's compiled validators (code it generates and the engine
 * compiles per object schema, the first time one parses) only pay off over many validations of
 * the same schema. zod reads this setting when a schema is built, so analyze.ts imports this
 * module before any module that builds one (the instrument file's schemas among them); the
 * analysis script (analyze-script.ts) runs the modules in that order.
 */
import { config } from 'zod';

config({ jitless: true });
