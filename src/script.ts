// dist/consentry.js: the classic script for <head>.
import { boot } from './classic-script'

boot()
