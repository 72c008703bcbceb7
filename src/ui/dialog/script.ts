// The classic script build's dialog chunk (dist/consentry-dialog.<language>.js). The UI chunk
// loads it when the preferences open or the page needs a declaration or embed
// placeholders; the core may fetch it earlier, so either may run first. A second
// copy of the file keeps the first registration, and with it the dialog's state.
import { startDialog } from './index'

const w = window as any
if (!w.ConsentryDialog) w.ConsentryDialog = { startDialog }
