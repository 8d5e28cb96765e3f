/// <reference types="vite/client" />
// The client's modules import CSS; the test project type-checks them too.
