from pictures import parse_openverse

# The shape of an answer of https://api.openverse.org/v1/images/?q=cat, cut
# down to the fields the bot reads (the real one has twenty-odd per result).
ANSWER = {
    "result_count": 1,
    "results": [
        {
            "title": "Cat in the sun",
            "creator": "Ann Example",
            "license": "by-sa",
            "license_version": "2.0",
            "license_url": "https://creativecommons.org/licenses/by-sa/2.0/",
            "foreign_landing_url": "https://www.flickr.com/photos/ann/123",
            "url": "https://live.staticflickr.com/65535/123_o.jpg",
            "thumbnail": "https://api.openverse.org/v1/images/4bc43a04/thumb/",
        }
    ],
}

for found in parse_openverse(ANSWER):
    print(found.image_url)
    print(found.credit.caption())
