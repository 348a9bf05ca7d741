// `npm start`: the server, compiled (see dist.js), in this one process so signals reach it.
const { pathToFileURL } = require('node:url');
const { distFile } = require('./dist.js');

distFile('main.js').then((file) => import(pathToFileURL(file).href));
