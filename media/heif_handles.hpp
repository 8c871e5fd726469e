#pragma once
// libheif's objects owned the C++ way, for the readers that use libheif
// (media/heif_picture, media/image_metadata) and their tests.

#include <libheif/heif.h>

#include <memory>

namespace media {

struct HeifContextFree {
  void operator()(heif_context* c) const { heif_context_free(c); }
};
struct HeifHandleFree {
  void operator()(heif_image_handle* h) const { heif_image_handle_release(h); }
};
struct HeifImageFree {
  void operator()(heif_image* i) const { heif_image_release(i); }
};
struct HeifEncoderFree {
  void operator()(heif_encoder* e) const { heif_encoder_release(e); }
};

using HeifContextPtr = std::unique_ptr<heif_context, HeifContextFree>;
using HeifHandlePtr = std::unique_ptr<heif_image_handle, HeifHandleFree>;
using HeifImagePtr = std::unique_ptr<heif_image, HeifImageFree>;

}  // namespace media
