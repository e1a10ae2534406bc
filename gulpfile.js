const { src, dest } = require('gulp');

// n8n resolves `file:` icons relative to the built node and credential files.
function buildIcons() {
	return src(['icons/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
