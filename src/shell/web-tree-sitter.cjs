// web-tree-sitter's ESM build does not survive bundling ("createRequire is not a function"), and
// ncc does not follow a require() made with createRequire. A static import of this CommonJS file
// makes the bundler see a plain require() and inline the package's CommonJS build.
module.exports = require('web-tree-sitter');
